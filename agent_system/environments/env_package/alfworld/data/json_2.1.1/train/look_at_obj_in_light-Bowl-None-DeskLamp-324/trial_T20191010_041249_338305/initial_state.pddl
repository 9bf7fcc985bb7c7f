(define (problem plan_trial_T20191010_041249_338305)
    (:domain alfred)
    (:objects
        agent1 - agent
        BaseballBatType - otype
        BowlType - otype
        ButterKnifeType - otype
        CDType - otype
        DeskLampType - otype
        KnifeType - otype
        ArmChairType - rtype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SafeType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62 - object
        Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20 - object
        CD_bar__plus_01_dot_67_bar__plus_02_dot_12_bar__minus_02_dot_17 - object
        BaseballBat_bar__plus_00_dot_76_bar__plus_01_dot_57_bar__plus_02_dot_36 - object
        DeskLamp_bar__plus_02_dot_21_bar__plus_01_dot_82_bar__minus_02_dot_68 - object
        ArmChair_bar__plus_00_dot_43_bar__plus_03_dot_23_bar__plus_02_dot_49 - receptacle
        Bed_bar__plus_02_dot_41_bar__plus_01_dot_13_bar__plus_00_dot_72 - receptacle
        Desk_bar__plus_01_dot_07_bar__plus_02_dot_34_bar__plus_03_dot_20 - receptacle
        Drawer_bar__plus_00_dot_82_bar__plus_02_dot_73_bar__minus_01_dot_45 - receptacle
        Drawer_bar__plus_03_dot_25_bar__plus_02_dot_02_bar__minus_01_dot_01 - receptacle
        Drawer_bar__plus_00_dot_21_bar__plus_01_dot_33_bar__plus_00_dot_23 - receptacle
        Safe_bar__plus_01_dot_12_bar__plus_02_dot_91_bar__minus_01_dot_49 - receptacle
        SideTable_bar__plus_00_dot_08_bar__plus_01_dot_64_bar__plus_01_dot_14 - receptacle
        loc_bar_4_bar__minus_4_bar_0_bar__minus_30 - location
        loc_bar_5_bar__minus_1_bar_2_bar_30 - location
        loc_bar_6_bar__minus_5_bar_1_bar_45 - location
        loc_bar_7_bar__minus_3_bar_0_bar_45 - location
        loc_bar_9_bar_0_bar_1_bar_15 - location
        loc_bar__minus_1_bar_8_bar_2_bar__minus_30 - location
        loc_bar__minus_7_bar_3_bar_0_bar_30 - location
        loc_bar__minus_9_bar_3_bar_2_bar_45 - location
        loc_bar__minus_9_bar_7_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_9_bar_3_bar_2_bar_45)
        (receptacleType ArmChair_bar__plus_00_dot_43_bar__plus_03_dot_23_bar__plus_02_dot_49 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_00_dot_43_bar__plus_03_dot_23_bar__plus_02_dot_49 loc_bar_6_bar__minus_5_bar_1_bar_45)
        (receptacleType Bed_bar__plus_02_dot_41_bar__plus_01_dot_13_bar__plus_00_dot_72 BedType)
        (receptacleAtLocation Bed_bar__plus_02_dot_41_bar__plus_01_dot_13_bar__plus_00_dot_72 loc_bar__minus_7_bar_3_bar_0_bar_30)
        (receptacleType Desk_bar__plus_01_dot_07_bar__plus_02_dot_34_bar__plus_03_dot_20 DeskType)
        (receptacleAtLocation Desk_bar__plus_01_dot_07_bar__plus_02_dot_34_bar__plus_03_dot_20 loc_bar_9_bar_0_bar_1_bar_15)
        (receptacleType Drawer_bar__plus_00_dot_82_bar__plus_02_dot_73_bar__minus_01_dot_45 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_82_bar__plus_02_dot_73_bar__minus_01_dot_45 loc_bar_4_bar__minus_4_bar_0_bar__minus_30)
        (openable Drawer_bar__plus_00_dot_82_bar__plus_02_dot_73_bar__minus_01_dot_45)
        (receptacleType Drawer_bar__plus_03_dot_25_bar__plus_02_dot_02_bar__minus_01_dot_01 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_25_bar__plus_02_dot_02_bar__minus_01_dot_01 loc_bar_7_bar__minus_3_bar_0_bar_45)
        (openable Drawer_bar__plus_03_dot_25_bar__plus_02_dot_02_bar__minus_01_dot_01)
        (receptacleType Drawer_bar__plus_00_dot_21_bar__plus_01_dot_33_bar__plus_00_dot_23 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_00_dot_21_bar__plus_01_dot_33_bar__plus_00_dot_23 loc_bar_5_bar__minus_1_bar_2_bar_30)
        (openable Drawer_bar__plus_00_dot_21_bar__plus_01_dot_33_bar__plus_00_dot_23)
        (receptacleType Safe_bar__plus_01_dot_12_bar__plus_02_dot_91_bar__minus_01_dot_49 SafeType)
        (receptacleAtLocation Safe_bar__plus_01_dot_12_bar__plus_02_dot_91_bar__minus_01_dot_49 loc_bar__minus_9_bar_7_bar_1_bar__minus_30)
        (openable Safe_bar__plus_01_dot_12_bar__plus_02_dot_91_bar__minus_01_dot_49)
        (receptacleType SideTable_bar__plus_00_dot_08_bar__plus_01_dot_64_bar__plus_01_dot_14 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_08_bar__plus_01_dot_64_bar__plus_01_dot_14 loc_bar__minus_1_bar_8_bar_2_bar__minus_30)
        (objectType Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62 BowlType)
        (pickupable Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62)
        (cleanable Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62)
        (coolable Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62)
        (inReceptacle Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62 Desk_bar__plus_01_dot_07_bar__plus_02_dot_34_bar__plus_03_dot_20)
        (objectAtLocation Bowl_bar__minus_03_dot_32_bar__plus_01_dot_91_bar__plus_02_dot_62 loc_bar_9_bar_0_bar_1_bar_15)
        (objectType Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20 BowlType)
        (pickupable Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20)
        (cleanable Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20)
        (coolable Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20)
        (inReceptacle Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20 SideTable_bar__plus_00_dot_08_bar__plus_01_dot_64_bar__plus_01_dot_14)
        (objectAtLocation Bowl_bar__plus_02_dot_62_bar__plus_02_dot_04_bar__plus_03_dot_20 loc_bar__minus_1_bar_8_bar_2_bar__minus_30)
        (objectType CD_bar__plus_01_dot_67_bar__plus_02_dot_12_bar__minus_02_dot_17 CDType)
        (pickupable CD_bar__plus_01_dot_67_bar__plus_02_dot_12_bar__minus_02_dot_17)
        (inReceptacle CD_bar__plus_01_dot_67_bar__plus_02_dot_12_bar__minus_02_dot_17 Drawer_bar__plus_03_dot_25_bar__plus_02_dot_02_bar__minus_01_dot_01)
        (objectAtLocation CD_bar__plus_01_dot_67_bar__plus_02_dot_12_bar__minus_02_dot_17 loc_bar_7_bar__minus_3_bar_0_bar_45)
        (objectType BaseballBat_bar__plus_00_dot_76_bar__plus_01_dot_57_bar__plus_02_dot_36 BaseballBatType)
        (pickupable BaseballBat_bar__plus_00_dot_76_bar__plus_01_dot_57_bar__plus_02_dot_36)
        (inReceptacle BaseballBat_bar__plus_00_dot_76_bar__plus_01_dot_57_bar__plus_02_dot_36 SideTable_bar__plus_00_dot_08_bar__plus_01_dot_64_bar__plus_01_dot_14)
        (objectAtLocation BaseballBat_bar__plus_00_dot_76_bar__plus_01_dot_57_bar__plus_02_dot_36 loc_bar__minus_1_bar_8_bar_2_bar__minus_30)
        (objectType DeskLamp_bar__plus_02_dot_21_bar__plus_01_dot_82_bar__minus_02_dot_68 DeskLampType)
        (toggleable DeskLamp_bar__plus_02_dot_21_bar__plus_01_dot_82_bar__minus_02_dot_68)
        (inReceptacle DeskLamp_bar__plus_02_dot_21_bar__plus_01_dot_82_bar__minus_02_dot_68 Desk_bar__plus_01_dot_07_bar__plus_02_dot_34_bar__plus_03_dot_20)
        (objectAtLocation DeskLamp_bar__plus_02_dot_21_bar__plus_01_dot_82_bar__minus_02_dot_68 loc_bar_9_bar_0_bar_1_bar_15)
        (canContain BedType BaseballBatType)
        (canContain DeskType BowlType)
        (canContain DeskType CDType)
        (canContain DrawerType CDType)
        (canContain SafeType CDType)
        (canContain SideTableType BaseballBatType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CDType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o BowlType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
