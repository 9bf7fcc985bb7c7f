(define (problem plan_trial_T20190827_120743_667847)
    (:domain alfred)
    (:objects
        agent1 - agent
        BookType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        RemoteControlType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Book_bar__plus_01_dot_64_bar__plus_02_dot_88_bar__minus_02_dot_15 - object
        Book_bar__plus_01_dot_63_bar__plus_00_dot_36_bar__minus_00_dot_11 - object
        RemoteControl_bar__minus_03_dot_49_bar__plus_03_dot_16_bar__minus_01_dot_44 - object
        Laptop_bar__plus_01_dot_28_bar__plus_02_dot_24_bar__minus_00_dot_55 - object
        DeskLamp_bar__plus_01_dot_66_bar__plus_03_dot_39_bar__minus_01_dot_40 - object
        Cabinet_bar__plus_02_dot_47_bar__plus_00_dot_40_bar__plus_03_dot_07 - receptacle
        CoffeeTable_bar__minus_02_dot_29_bar__plus_03_dot_12_bar__plus_01_dot_56 - receptacle
        Drawer_bar__minus_00_dot_45_bar__plus_00_dot_52_bar__minus_00_dot_47 - receptacle
        Dresser_bar__plus_01_dot_14_bar__plus_00_dot_58_bar__plus_00_dot_97 - receptacle
        SideTable_bar__minus_01_dot_39_bar__plus_00_dot_27_bar__minus_00_dot_99 - receptacle
        SideTable_bar__plus_00_dot_97_bar__plus_01_dot_42_bar__plus_03_dot_25 - receptacle
        Sofa_bar__plus_02_dot_48_bar__plus_03_dot_10_bar__minus_03_dot_38 - receptacle
        loc_bar_1_bar__minus_9_bar_0_bar_60 - location
        loc_bar__minus_3_bar_6_bar_3_bar__minus_30 - location
        loc_bar__minus_4_bar_9_bar_1_bar_30 - location
        loc_bar__minus_4_bar__minus_2_bar_3_bar_30 - location
        loc_bar__minus_6_bar_5_bar_0_bar_15 - location
        loc_bar__minus_6_bar_6_bar_3_bar_60 - location
        loc_bar__minus_8_bar__minus_2_bar_1_bar_60 - location
        loc_bar__minus_8_bar__minus_8_bar_0_bar_60 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar_5_bar_0_bar_15)
        (receptacleType Cabinet_bar__plus_02_dot_47_bar__plus_00_dot_40_bar__plus_03_dot_07 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_47_bar__plus_00_dot_40_bar__plus_03_dot_07 loc_bar__minus_4_bar_9_bar_1_bar_30)
        (openable Cabinet_bar__plus_02_dot_47_bar__plus_00_dot_40_bar__plus_03_dot_07)
        (receptacleType CoffeeTable_bar__minus_02_dot_29_bar__plus_03_dot_12_bar__plus_01_dot_56 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__minus_02_dot_29_bar__plus_03_dot_12_bar__plus_01_dot_56 loc_bar__minus_3_bar_6_bar_3_bar__minus_30)
        (receptacleType Drawer_bar__minus_00_dot_45_bar__plus_00_dot_52_bar__minus_00_dot_47 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_45_bar__plus_00_dot_52_bar__minus_00_dot_47 loc_bar__minus_4_bar__minus_2_bar_3_bar_30)
        (openable Drawer_bar__minus_00_dot_45_bar__plus_00_dot_52_bar__minus_00_dot_47)
        (receptacleType Dresser_bar__plus_01_dot_14_bar__plus_00_dot_58_bar__plus_00_dot_97 DresserType)
        (receptacleAtLocation Dresser_bar__plus_01_dot_14_bar__plus_00_dot_58_bar__plus_00_dot_97 loc_bar_1_bar__minus_9_bar_0_bar_60)
        (receptacleType SideTable_bar__minus_01_dot_39_bar__plus_00_dot_27_bar__minus_00_dot_99 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_01_dot_39_bar__plus_00_dot_27_bar__minus_00_dot_99 loc_bar__minus_8_bar__minus_2_bar_1_bar_60)
        (receptacleType SideTable_bar__plus_00_dot_97_bar__plus_01_dot_42_bar__plus_03_dot_25 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_97_bar__plus_01_dot_42_bar__plus_03_dot_25 loc_bar__minus_8_bar__minus_8_bar_0_bar_60)
        (receptacleType Sofa_bar__plus_02_dot_48_bar__plus_03_dot_10_bar__minus_03_dot_38 SofaType)
        (receptacleAtLocation Sofa_bar__plus_02_dot_48_bar__plus_03_dot_10_bar__minus_03_dot_38 loc_bar__minus_6_bar_6_bar_3_bar_60)
        (objectType Book_bar__plus_01_dot_64_bar__plus_02_dot_88_bar__minus_02_dot_15 BookType)
        (pickupable Book_bar__plus_01_dot_64_bar__plus_02_dot_88_bar__minus_02_dot_15)
        (inReceptacle Book_bar__plus_01_dot_64_bar__plus_02_dot_88_bar__minus_02_dot_15 SideTable_bar__plus_00_dot_97_bar__plus_01_dot_42_bar__plus_03_dot_25)
        (objectAtLocation Book_bar__plus_01_dot_64_bar__plus_02_dot_88_bar__minus_02_dot_15 loc_bar__minus_8_bar__minus_8_bar_0_bar_60)
        (objectType Book_bar__plus_01_dot_63_bar__plus_00_dot_36_bar__minus_00_dot_11 BookType)
        (pickupable Book_bar__plus_01_dot_63_bar__plus_00_dot_36_bar__minus_00_dot_11)
        (inReceptacle Book_bar__plus_01_dot_63_bar__plus_00_dot_36_bar__minus_00_dot_11 CoffeeTable_bar__minus_02_dot_29_bar__plus_03_dot_12_bar__plus_01_dot_56)
        (objectAtLocation Book_bar__plus_01_dot_63_bar__plus_00_dot_36_bar__minus_00_dot_11 loc_bar__minus_3_bar_6_bar_3_bar__minus_30)
        (objectType RemoteControl_bar__minus_03_dot_49_bar__plus_03_dot_16_bar__minus_01_dot_44 RemoteControlType)
        (pickupable RemoteControl_bar__minus_03_dot_49_bar__plus_03_dot_16_bar__minus_01_dot_44)
        (inReceptacle RemoteControl_bar__minus_03_dot_49_bar__plus_03_dot_16_bar__minus_01_dot_44 Dresser_bar__plus_01_dot_14_bar__plus_00_dot_58_bar__plus_00_dot_97)
        (objectAtLocation RemoteControl_bar__minus_03_dot_49_bar__plus_03_dot_16_bar__minus_01_dot_44 loc_bar_1_bar__minus_9_bar_0_bar_60)
        (objectType Laptop_bar__plus_01_dot_28_bar__plus_02_dot_24_bar__minus_00_dot_55 LaptopType)
        (pickupable Laptop_bar__plus_01_dot_28_bar__plus_02_dot_24_bar__minus_00_dot_55)
        (inReceptacle Laptop_bar__plus_01_dot_28_bar__plus_02_dot_24_bar__minus_00_dot_55 SideTable_bar__plus_00_dot_97_bar__plus_01_dot_42_bar__plus_03_dot_25)
        (objectAtLocation Laptop_bar__plus_01_dot_28_bar__plus_02_dot_24_bar__minus_00_dot_55 loc_bar__minus_8_bar__minus_8_bar_0_bar_60)
        (objectType DeskLamp_bar__plus_01_dot_66_bar__plus_03_dot_39_bar__minus_01_dot_40 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_66_bar__plus_03_dot_39_bar__minus_01_dot_40)
        (inReceptacle DeskLamp_bar__plus_01_dot_66_bar__plus_03_dot_39_bar__minus_01_dot_40 Dresser_bar__plus_01_dot_14_bar__plus_00_dot_58_bar__plus_00_dot_97)
        (objectAtLocation DeskLamp_bar__plus_01_dot_66_bar__plus_03_dot_39_bar__minus_01_dot_40 loc_bar_1_bar__minus_9_bar_0_bar_60)
        (canContain CabinetType BookType)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain DrawerType BookType)
        (canContain DrawerType RemoteControlType)
        (canContain DresserType BookType)
        (canContain DresserType LaptopType)
        (canContain DresserType RemoteControlType)
        (canContain SideTableType BookType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType RemoteControlType)
        (canContain SofaType BookType)
        (canContain SofaType LaptopType)
        (canContain SofaType RemoteControlType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o BookType)
                            (receptacleType ?r SofaType)
                        )
                    )
                )
            )
        )
    )
