(define (problem plan_trial_T20191023_165624_177126)
    (:domain alfred)
    (:objects
        agent1 - agent
        BasketBallType - otype
        ButterKnifeType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        PenType - otype
        ArmChairType - rtype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        CellPhone_bar__plus_02_dot_16_bar__plus_00_dot_55_bar__plus_02_dot_24 - object
        CellPhone_bar__plus_00_dot_07_bar__plus_00_dot_12_bar__plus_03_dot_32 - object
        Pen_bar__minus_01_dot_91_bar__plus_00_dot_52_bar__minus_02_dot_97 - object
        BasketBall_bar__minus_01_dot_49_bar__plus_02_dot_83_bar__plus_00_dot_44 - object
        DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 - object
        ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34 - receptacle
        Bed_bar__minus_02_dot_83_bar__plus_02_dot_72_bar__plus_01_dot_35 - receptacle
        Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61 - receptacle
        Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93 - receptacle
        Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03 - receptacle
        SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40 - receptacle
        loc_bar_0_bar_8_bar_3_bar_60 - location
        loc_bar_3_bar__minus_5_bar_2_bar_45 - location
        loc_bar_7_bar_0_bar_0_bar_30 - location
        loc_bar_7_bar__minus_3_bar_1_bar_30 - location
        loc_bar_9_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30 - location
        loc_bar__minus_5_bar__minus_3_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_7_bar_0_bar_0_bar_30)
        (receptacleType ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34 loc_bar_0_bar_8_bar_3_bar_60)
        (receptacleType Bed_bar__minus_02_dot_83_bar__plus_02_dot_72_bar__plus_01_dot_35 BedType)
        (receptacleAtLocation Bed_bar__minus_02_dot_83_bar__plus_02_dot_72_bar__plus_01_dot_35 loc_bar_7_bar__minus_3_bar_1_bar_30)
        (receptacleType Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61 DeskType)
        (receptacleAtLocation Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61 loc_bar_3_bar__minus_5_bar_2_bar_45)
        (receptacleType Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93 loc_bar__minus_5_bar__minus_3_bar_1_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93)
        (receptacleType Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03 loc_bar_9_bar__minus_1_bar_1_bar_0)
        (openable Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03)
        (receptacleType SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40 loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30)
        (objectType CellPhone_bar__plus_02_dot_16_bar__plus_00_dot_55_bar__plus_02_dot_24 CellPhoneType)
        (pickupable CellPhone_bar__plus_02_dot_16_bar__plus_00_dot_55_bar__plus_02_dot_24)
        (inReceptacle CellPhone_bar__plus_02_dot_16_bar__plus_00_dot_55_bar__plus_02_dot_24 Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03)
        (objectAtLocation CellPhone_bar__plus_02_dot_16_bar__plus_00_dot_55_bar__plus_02_dot_24 loc_bar_9_bar__minus_1_bar_1_bar_0)
        (objectType CellPhone_bar__plus_00_dot_07_bar__plus_00_dot_12_bar__plus_03_dot_32 CellPhoneType)
        (pickupable CellPhone_bar__plus_00_dot_07_bar__plus_00_dot_12_bar__plus_03_dot_32)
        (inReceptacle CellPhone_bar__plus_00_dot_07_bar__plus_00_dot_12_bar__plus_03_dot_32 SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40)
        (objectAtLocation CellPhone_bar__plus_00_dot_07_bar__plus_00_dot_12_bar__plus_03_dot_32 loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30)
        (objectType Pen_bar__minus_01_dot_91_bar__plus_00_dot_52_bar__minus_02_dot_97 PenType)
        (pickupable Pen_bar__minus_01_dot_91_bar__plus_00_dot_52_bar__minus_02_dot_97)
        (inReceptacle Pen_bar__minus_01_dot_91_bar__plus_00_dot_52_bar__minus_02_dot_97 Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03)
        (objectAtLocation Pen_bar__minus_01_dot_91_bar__plus_00_dot_52_bar__minus_02_dot_97 loc_bar_9_bar__minus_1_bar_1_bar_0)
        (objectType BasketBall_bar__minus_01_dot_49_bar__plus_02_dot_83_bar__plus_00_dot_44 BasketBallType)
        (pickupable BasketBall_bar__minus_01_dot_49_bar__plus_02_dot_83_bar__plus_00_dot_44)
        (inReceptacle BasketBall_bar__minus_01_dot_49_bar__plus_02_dot_83_bar__plus_00_dot_44 ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34)
        (objectAtLocation BasketBall_bar__minus_01_dot_49_bar__plus_02_dot_83_bar__plus_00_dot_44 loc_bar_0_bar_8_bar_3_bar_60)
        (objectType DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36)
        (inReceptacle DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40)
        (objectAtLocation DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30)
        (canContain ArmChairType BasketBallType)
        (canContain ArmChairType CellPhoneType)
        (canContain BedType BasketBallType)
        (canContain BedType CellPhoneType)
        (canContain DeskType BasketBallType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType PenType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType PenType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType PenType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o CellPhoneType)
                            (receptacleType ?r DeskType)
                        )
                    )
                )
            )
        )
    )
